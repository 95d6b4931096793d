// Providers around the router. Tests render <App> with a memory router and a fake AuthPort.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router/dom";
import type { createBrowserRouter } from "react-router";
import type { AuthPort } from "../auth/AuthPort";
import { AuthProvider } from "../auth/context";

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Transient failures (no answer, 503) are retried twice before the screen offers "Try again".
      queries: {
        retry: (count, error) => count < 2 && [0, 503].includes((error as { status?: number }).status ?? -1),
        retryDelay: (attempt) => 300 * 2 ** attempt,
        staleTime: 0,
      },
      mutations: { retry: false },
    },
  });
}

export function App({
  router,
  auth,
  queryClient,
}: {
  router: ReturnType<typeof createBrowserRouter>;
  auth: AuthPort;
  queryClient: QueryClient;
}) {
  return (
    <QueryClientProvider client={queryClient}>
        <AuthProvider value={auth}>
          <RouterProvider router={router} />
        </AuthProvider>
    </QueryClientProvider>
  );
}
