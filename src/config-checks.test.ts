import { describe, expect, it } from 'vitest';
import { describeRejectedSetting, HTTP_URL_RULES, listenHostProblem, POSTGRES_URL_RULES, SMTP_URL_RULES, urlProblem } from './config-checks.ts';

describe('urlProblem', () => {
  it('accepts the URLs the drivers take: a host list, an IPv6 host, a socket directory, an encoded password', () => {
    for (const url of [
      'postgres://credbot:pw@db.internal:5432/credbot',
      'postgresql://credbot@primary:5432,replica:5433/credbot?target_session_attrs=read-write',
      'postgres://credbot:pw@[::1]:5432/credbot',
      'postgres:///credbot?host=/var/run/postgresql',
      'postgres://credbot:p%40ss%2Fword@db/credbot',
      'postgres://credbot:pw@db/credbot?sslmode=verify-full',
    ]) {
      expect(urlProblem(url, POSTGRES_URL_RULES), url).toBeUndefined();
    }
    expect(urlProblem('smtps://mailer:pw@mail.example:465', SMTP_URL_RULES)).toBeUndefined();
    expect(urlProblem('https://acme.zendesk.com/api/v2', HTTP_URL_RULES)).toBeUndefined();
  });

  it('names what is wrong without repeating the URL or its password', () => {
    const cases: [string, RegExp][] = [
      ['mysql://app:hunter2@db/credbot', /^must be a postgres:\/\/ or postgresql:\/\/ URL$/],
      ['postgres://app:hunter2@db:notaport/credbot', /port that is not a number from 1 to 65535/],
      ['postgres://app:hunter2@db:70000/credbot', /port that is not a number/],
      ['postgres://app:hunter2@db:5432,replica:x/credbot', /port that is not a number/],
      ['postgres://app:hunter2@[bad/credbot', /malformed host/],
      ['postgres://app:hunter2%zz@db/credbot', /malformed %-escape/],
      ['postgres://app:hunter2@db/credbot?sslmode=requir', /^has an sslmode that is not one of disable, allow, prefer, require, verify-ca, verify-full$/],
    ];
    for (const [url, problem] of cases) {
      expect(urlProblem(url, POSTGRES_URL_RULES), url).toMatch(problem);
      expect(urlProblem(url, POSTGRES_URL_RULES)).not.toContain('hunter2');
    }
  });

  it('refuses a user name or password in an API URL, whose credentials are settings of their own', () => {
    expect(urlProblem('https://agent:hunter2@acme.zendesk.com/api/v2', HTTP_URL_RULES)).toBe('must not hold a user name or password');
  });
});

describe('listenHostProblem', () => {
  it('accepts IP addresses and host names', () => {
    for (const host of ['0.0.0.0', '127.0.0.1', '255.255.255.255', '::', '::1', 'localhost', 'credbot.internal.']) {
      expect(listenHostProblem(host), host).toBeUndefined();
    }
  });

  it('refuses an IPv4 address with an octet over 255, a bracketed IPv6 address and a name with spaces', () => {
    expect(listenHostProblem('999.1.1.1')).toMatch(/four numbers from 0 to 255/);
    expect(listenHostProblem('10.0.0')).toMatch(/four numbers from 0 to 255/);
    expect(listenHostProblem('[::1]')).toMatch(/without brackets/);
    expect(listenHostProblem('my host')).toMatch(/host name or an IP address/);
    expect(listenHostProblem('')).toMatch(/host name or an IP address/);
  });
});

describe('describeRejectedSetting', () => {
  it('shows an ordinary value as given', () => {
    expect(describeRejectedSetting('PORT', 'eighty')).toBe('PORT="eighty"');
  });

  it('shows of a token at most its kind, and of a URL its scheme', () => {
    expect(describeRejectedSetting('SLACK_BOT_TOKEN', 'xoxp-123-456-abcdef')).toBe('SLACK_BOT_TOKEN=xoxp-…');
    expect(describeRejectedSetting('DATABASE_URL', 'mysql://app:hunter2@db')).toBe('DATABASE_URL=mysql://…');
    expect(describeRejectedSetting('SLACK_SIGNING_SECRET', 'hunter2')).toBe('SLACK_SIGNING_SECRET');
    expect(describeRejectedSetting('ZENDESK_API_TOKEN', 'xoxb-looks-like-slack')).toBe('ZENDESK_API_TOKEN=xoxb-…');
    expect(describeRejectedSetting('SMTP_URL', 'app:hunter2@mail')).toBe('SMTP_URL');
  });
});
