import type { ApolloClient } from "@apollo/client";
import {
  AccountSetupPage,
  FirstRunSetupPage,
  LoginPage,
  RequireSession,
  RequireTwoFactorEnrolled,
  TwoFactorSetupPage,
} from "@carecircle/web/auth";
import { useSession, type StaffRole } from "@carecircle/web/data-access";
import { lazy, type ReactNode } from "react";
import { Navigate, Route, Routes } from "react-router";
import { preloadableLazy } from "./preloadable-lazy";

// What index.html loads is the login page (a signed-out visitor's first screen) and the routes. The shell and the
// caseload (most people's home page) come in their own chunks: a signed-in visitor's are fetched before the first
// render (main.tsx), a signed-out visitor's in the background while they sign in, so neither waits on a loading
// state. The other feature pages, and all chart code, load on demand.
const AppShell = preloadableLazy(() =>
  import("@carecircle/web/shell").then((m) => m.AppShell),
);
const CaseloadPage = preloadableLazy(() =>
  import("@carecircle/web/caseload").then((m) => m.CaseloadPage),
);

/** Whether `pathname` shows the caseload to `role` (without a role, whether it may: signed out, it is fetched ahead). */
function showsCaseload(role: StaffRole | undefined, pathname: string): boolean {
  return (
    role === undefined ||
    (pathname === "/" && (role === "COUNSELOR" || role === "SUPERVISOR")) ||
    (pathname === "/caseload" && role !== "ADMIN")
  );
}

/**
 * Fetches the code of the first screen a signed-in visitor sees on `pathname`: the shell, and the caseload when that
 * is what the page shows. Without a role (signed out) it fetches both, ahead of signing in.
 */
export function preloadSignedInScreen(
  role?: StaffRole,
  pathname = "/",
): Promise<void> {
  return Promise.all([
    AppShell.preload(),
    showsCaseload(role, pathname) ? CaseloadPage.preload() : undefined,
  ]).then(() => undefined);
}

/**
 * Asks for the data of a signed-in visitor's first screen as soon as its code is in, rather than once it has
 * rendered: for the caseload, its first page of clients, whose request then overlaps the first render.
 */
export function prefetchSignedInScreen(
  client: ApolloClient,
  role: StaffRole,
  { pathname, search }: Pick<Location, "pathname" | "search">,
): void {
  if (!showsCaseload(role, pathname)) return;
  import("@carecircle/web/caseload").then(
    (m) => m.prefetchCaseload(client, role, search),
    () => undefined, // the page's own preload shows a failed fetch
  );
}

const PeerTodayPage = lazy(() =>
  import("@carecircle/web/peer-log").then((m) => ({ default: m.TodayPage })),
);
const LogContactPage = lazy(() =>
  import("@carecircle/web/peer-log").then((m) => ({
    default: m.LogContactPage,
  })),
);
const ClientRecordPage = lazy(() =>
  import("@carecircle/web/client-record").then((m) => ({
    default: m.ClientRecordPage,
  })),
);
const AdmitClientPage = lazy(() =>
  import("@carecircle/web/intake").then((m) => ({
    default: m.AdmitClientPage,
  })),
);
const DashboardPage = lazy(() =>
  import("@carecircle/web/dashboards").then((m) => ({
    default: m.DashboardPage,
  })),
);
const CarePlanPage = lazy(() =>
  import("@carecircle/web/care-plan-editor").then((m) => ({
    default: m.CarePlanPage,
  })),
);
const ProgressNotePage = lazy(() =>
  import("@carecircle/web/progress-notes").then((m) => ({
    default: m.ProgressNotePage,
  })),
);
const AdminHomePage = lazy(() =>
  import("@carecircle/web/admin").then((m) => ({ default: m.AdminHomePage })),
);
const StaffPage = lazy(() =>
  import("@carecircle/web/admin").then((m) => ({ default: m.StaffPage })),
);
const ProgramsPage = lazy(() =>
  import("@carecircle/web/admin").then((m) => ({ default: m.ProgramsPage })),
);
const OrganizationSettingsPage = lazy(() =>
  import("@carecircle/web/admin").then((m) => ({
    default: m.OrganizationSettingsPage,
  })),
);
const RiskThresholdsPage = lazy(() =>
  import("@carecircle/web/admin").then((m) => ({
    default: m.RiskThresholdsPage,
  })),
);
const TeamCaseloadsPage = lazy(() =>
  import("@carecircle/web/care-team").then((m) => ({
    default: m.TeamCaseloadsPage,
  })),
);
const MoveCaseloadPage = lazy(() =>
  import("@carecircle/web/care-team").then((m) => ({
    default: m.MoveCaseloadPage,
  })),
);
const EmergencyAccessPage = lazy(() =>
  import("@carecircle/web/emergency-access").then((m) => ({
    default: m.EmergencyAccessPage,
  })),
);
const PrivacyPage = lazy(() =>
  import("@carecircle/web/privacy").then((m) => ({ default: m.PrivacyPage })),
);
const SignOffQueuePage = lazy(() =>
  import("@carecircle/web/care-plan-editor").then((m) => ({
    default: m.SignOffQueuePage,
  })),
);

/** "/clients/:clientId": counselors, supervisors and peer workers; administrators have no clinical read. */
function ClientRecordRoute() {
  const session = useSession();
  if (!session) return null;
  return session.me.role === "ADMIN" ? (
    <Navigate to="/" replace />
  ) : (
    <ClientRecordPage />
  );
}

/**
 * "/": counselors and supervisors see their clients, peer support workers their day ("Today");
 * administrators never see client records.
 */
function HomePage() {
  const session = useSession();
  if (!session) return null;
  if (session.me.role === "ADMIN") return <AdminHomePage />;
  if (session.me.role === "PEER_SUPPORT") return <PeerTodayPage />;
  return <CaseloadPage role={session.me.role} />;
}

/** "/caseload": the client list (a peer support worker's "My clients"); administrators go home. */
function CaseloadRoute() {
  const session = useSession();
  if (!session) return null;
  if (session.me.role === "ADMIN") return <Navigate to="/" replace />;
  return <CaseloadPage role={session.me.role} />;
}

/** "/dashboard": supervisors (their team) and counselors (their caseload); others go home. */
function DashboardRoute() {
  const session = useSession();
  if (!session) return null;
  const { role } = session.me;
  if (role !== "SUPERVISOR" && role !== "COUNSELOR")
    return <Navigate to="/" replace />;
  return <DashboardPage role={role} />;
}

/** "/log-contact": peer support workers only. */
function LogContactRoute() {
  const session = useSession();
  if (!session) return null;
  if (session.me.role !== "PEER_SUPPORT") return <Navigate to="/" replace />;
  return <LogContactPage />;
}

/** "/clients/:clientId/care-plan": counselors and supervisors edit; peer workers get the read-only (partial) view. */
function CarePlanRoute() {
  const session = useSession();
  if (!session) return null;
  return session.me.role === "ADMIN" ? (
    <Navigate to="/" replace />
  ) : (
    <CarePlanPage />
  );
}

/** "/clients/:clientId/notes/:noteId": the author edits their draft; the care team (peers under consent) reads signed notes. */
function ProgressNoteRoute() {
  const session = useSession();
  if (!session) return null;
  return session.me.role === "ADMIN" ? (
    <Navigate to="/" replace />
  ) : (
    <ProgressNotePage />
  );
}

/** "/clients/new": counselors admit onto their caseload, supervisors for their team; others go home. */
function AdmitClientRoute() {
  const session = useSession();
  if (!session) return null;
  const { role } = session.me;
  return role === "COUNSELOR" || role === "SUPERVISOR" ? (
    <AdmitClientPage />
  ) : (
    <Navigate to="/" replace />
  );
}

/** "/sign-off" and "/sign-off/:planId": clinical supervisors only. */
function SignOffRoute() {
  const session = useSession();
  if (!session) return null;
  return session.me.role === "SUPERVISOR" ? (
    <SignOffQueuePage />
  ) : (
    <Navigate to="/" replace />
  );
}

/** "/privacy": privacy officers (a permission beside the role); everyone else goes home. */
function PrivacyRoute() {
  const session = useSession();
  if (!session) return null;
  return session.me.isPrivacyOfficer ? <PrivacyPage /> : <Navigate to="/" replace />;
}

/** Pages only some roles may open; everyone else goes home. */
function RolesOnly({
  roles,
  children,
}: {
  roles: ReadonlyArray<"ADMIN" | "SUPERVISOR" | "COUNSELOR" | "PEER_SUPPORT">;
  children: ReactNode;
}) {
  const session = useSession();
  if (!session) return null;
  return roles.includes(session.me.role) ? (
    <>{children}</>
  ) : (
    <Navigate to="/" replace />
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/setup" element={<FirstRunSetupPage />} />
      <Route path="/account-setup/:token" element={<AccountSetupPage />} />
      {/* Outside the shell: a session that must set up two-factor sign-in can do nothing else. */}
      <Route
        path="/two-factor/setup"
        element={
          <RequireSession>
            <TwoFactorSetupPage />
          </RequireSession>
        }
      />
      <Route
        element={
          <RequireSession>
            <RequireTwoFactorEnrolled>
              <AppShell />
            </RequireTwoFactorEnrolled>
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="caseload" element={<CaseloadRoute />} />
        <Route path="log-contact" element={<LogContactRoute />} />
        <Route path="clients/new" element={<AdmitClientRoute />} />
        <Route path="clients/:clientId" element={<ClientRecordRoute />} />
        <Route path="clients/:clientId/care-plan" element={<CarePlanRoute />} />
        <Route
          path="clients/:clientId/notes/:noteId"
          element={<ProgressNoteRoute />}
        />
        <Route path="sign-off/:planId?" element={<SignOffRoute />} />
        <Route path="dashboard" element={<DashboardRoute />} />
        <Route path="privacy" element={<PrivacyRoute />} />
        <Route
          path="admin/staff"
          element={
            <RolesOnly roles={["ADMIN"]}>
              <StaffPage />
            </RolesOnly>
          }
        />
        <Route
          path="admin/programs"
          element={
            <RolesOnly roles={["ADMIN"]}>
              <ProgramsPage />
            </RolesOnly>
          }
        />
        <Route
          path="admin/organization"
          element={
            <RolesOnly roles={["ADMIN"]}>
              <OrganizationSettingsPage />
            </RolesOnly>
          }
        />
        <Route
          path="programs/:programId/risk-thresholds"
          element={
            <RolesOnly roles={["ADMIN", "SUPERVISOR"]}>
              <RiskThresholdsPage />
            </RolesOnly>
          }
        />
        <Route
          path="emergency-access"
          element={
            // Counselors and supervisors open records; anyone may hold the privacy-officer permission (recent list).
            <RolesOnly roles={["COUNSELOR", "SUPERVISOR", "PEER_SUPPORT", "ADMIN"]}>
              <EmergencyAccessPage />
            </RolesOnly>
          }
        />
        <Route
          path="team"
          element={
            <RolesOnly roles={["SUPERVISOR"]}>
              <TeamCaseloadsPage />
            </RolesOnly>
          }
        />
        <Route
          path="team/move/:staffId"
          element={
            <RolesOnly roles={["SUPERVISOR"]}>
              <MoveCaseloadPage />
            </RolesOnly>
          }
        />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
