import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, sessionStore } from '@carecircle/web/data-access';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';

// When the API says the session is over, the store forgets it (RequireSession then shows /login)
// and the cached client data goes with it.
const client = createApolloClient({
  sessionStore,
  onSessionEnded: () => setTimeout(() => void client.clearStore()),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
