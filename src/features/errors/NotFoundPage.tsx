import { useTranslation } from "../../i18n";
import { Link } from "react-router";
import { ApiError } from "../../api/client";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <ErrorPanel error={new ApiError("NotFound", 404, "No such page.")} actions={<Link to="/">{t("errors.home")}</Link>} />
    </Card>
  );
}
