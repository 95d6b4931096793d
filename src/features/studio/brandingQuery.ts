// Every tenant's company branding, as the studio's branding editor and its share links read it (GET /api/demo/branding).
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../api/client";
import { tenantBrandings } from "../../api/contract";

export const brandingsQuery = () =>
  queryOptions({ queryKey: ["demo", "branding"], queryFn: () => apiRequest("/demo/branding", tenantBrandings) });
