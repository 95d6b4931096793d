// Providers around the screens. Tests render <App> in a MemoryRouter with a fake AuthPort.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { AuthPort } from "../auth/AuthPort";
import { AuthProvider } from "../auth/context";
import { AppRoutes } from "./routes";

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

/** The providers and the screens; the caller chooses the router (BrowserRouter, or MemoryRouter in tests). */
export function App({ auth, queryClient }: { auth: AuthPort; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider value={auth}>
        <AppRoutes />
      </AuthProvider>
    </QueryClientProvider>
  );
}
