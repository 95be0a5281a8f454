// What the end-to-end tests get from e2e's TypeScriptClientIT, which starts the packaged services (as CoachingSessionIT
// does) and runs them with Node: where the services are, and signed tokens of a coach and an org-admin.
import { Configuration } from '@peerpath/api-client';
import { Configuration as ContentConfiguration } from '@peerpath/content-client';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: these tests run from e2e's TypeScriptClientIT (./mvnw verify)`);
  return value;
}

export const stack = {
  contentUrl: setting('PEERPATH_CONTENT_URL'),
  apiUrl: setting('PEERPATH_API_URL'),
  coachToken: setting('PEERPATH_COACH_TOKEN'),
  coachName: setting('PEERPATH_COACH_NAME'),
  adminToken: setting('PEERPATH_ADMIN_TOKEN'),
};

/** The curriculum needs no token: its reads are public. */
export function curriculum(): ContentConfiguration {
  return new ContentConfiguration({ basePath: stack.contentUrl });
}

/** api-service as the holder of `token`. */
export function records(token: string): Configuration {
  return new Configuration({ basePath: stack.apiUrl, headers: { Authorization: `Bearer ${token}` } });
}
