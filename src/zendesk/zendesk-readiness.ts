import type { ZendeskAuth, ZendeskApi } from './zendesk-api.ts';
import { isZendeskApiError } from './zendesk-api.ts';

/**
 * Asks Zendesk who credbot's credentials belong to (users/me, the cheapest authenticated call). Resolves null when
 * Zendesk knows them, else why the workers cannot update tickets, naming no credential.
 */
export async function probeZendeskApi(api: ZendeskApi, auth: ZendeskAuth): Promise<string | null> {
  try {
    const user = await api.getAuthenticatedUser();
    if (user.id === null) return `Zendesk took ${credentialName(auth)} as anonymous: they are not valid`;
    return null;
  } catch (error) {
    if (!isZendeskApiError(error)) return "Zendesk's API could not be asked";
    if (error.status === 401 || error.status === 403) return `Zendesk refused ${credentialName(auth)} (HTTP ${error.status})`;
    if (error.status !== undefined) return `Zendesk's API answered HTTP ${error.status}`;
    return error.kind === 'timeout' ? "Zendesk's API did not answer in time" : "Zendesk's API is unreachable";
  }
}

function credentialName(auth: ZendeskAuth): string {
  return 'oauthToken' in auth ? 'ZENDESK_OAUTH_TOKEN' : 'ZENDESK_EMAIL and ZENDESK_API_TOKEN';
}
