import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps every message it accepts, parsed. `refuse(true)` makes it
 * answer 421 to every connection, as a mail server that is down for maintenance does; `rejectRecipient`
 * makes it refuse one mailbox for good, quoting it back as real servers do (`550 5.1.1 <address>...`);
 * `holdNextMessage` makes it slow to accept one message.
 */
export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  refuse(refusing: boolean): void;
  rejectRecipient(address: string): void;
  /**
   * While holding, a message is kept (it is in `messages` at once) but the server's acceptance of it waits until
   * holding stops: the mail server has the message before the client hears so.
   */
  holdAcceptances(holding: boolean): void;
  /**
   * The next message's data is received but not answered until `release()`, as a server busy filtering it is slow
   * to accept. Accepting is the answer: a client that hangs up before it has handed over nothing, and the message is
   * dropped. `held` resolves once the message is waiting (its sender is then mid-send), `hungUp` once its sender
   * has hung up, `accepted` after the release with whether it was kept.
   */
  holdNextMessage(): HeldMessage;
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export interface HeldMessage {
  held: Promise<void>;
  hungUp: Promise<void>;
  release(): void;
  accepted: Promise<boolean>;
}

interface Hold {
  onHeld(): void;
  released: Promise<void>;
  onHungUp(): void;
  onSettled(accepted: boolean): void;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let refusing = false;
  const rejectedRecipients = new Set<string>();
  let holdingAcceptances = false;
  const heldAcceptances: (() => void)[] = [];
  const closedSessions = new Set<string>();
  const holds: Hold[] = [];
  const heldBySession = new Map<string, Hold>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      callback(refusing ? unavailable() : undefined);
    },
    // A pooled client may hold a connection opened before the refusal began: refuse its messages too.
    onMailFrom(_address, _session, callback) {
      callback(refusing ? unavailable() : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(rejectedRecipients.has(address.address.toLowerCase()) ? userUnknown(address.address) : undefined);
    },
    async onData(stream, session, callback) {
      try {
        // Nothing reads `textAsHtml`, and building it (links found by linkify) was most of the sink's CPU in a burst.
        const parsed = await simpleParser(stream, { skipTextToHtml: true, skipTextLinks: true });
        const hold = holds.shift();
        if (hold) {
          heldBySession.set(session.id, hold);
          hold.onHeld();
          await hold.released;
          hold.onSettled(!closedSessions.has(session.id));
          if (closedSessions.has(session.id)) return;
        }
        messages.push(parsed);
        if (holdingAcceptances) heldAcceptances.push(() => callback());
        else callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    onClose(session) {
      closedSessions.add(session.id);
      heldBySession.get(session.id)?.onHungUp();
    },
  });
  // A client that dies mid-conversation (the fault suite kills the service) resets its connection: not our failure.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuse(value) {
      refusing = value;
    },
    rejectRecipient(address) {
      rejectedRecipients.add(address.toLowerCase());
    },
    holdAcceptances(holding) {
      holdingAcceptances = holding;
      if (!holding) for (const accept of heldAcceptances.splice(0)) accept();
    },
    holdNextMessage() {
      let release!: () => void;
      const hold = { released: new Promise<void>((resolve) => (release = resolve)) } as Hold;
      const held = new Promise<void>((resolve) => (hold.onHeld = resolve));
      const hungUp = new Promise<void>((resolve) => (hold.onHungUp = resolve));
      const accepted = new Promise<boolean>((resolve) => (hold.onSettled = resolve));
      holds.push(hold);
      return { held, hungUp, release, accepted };
    },
    async waitForMessages(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s), got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return messages;
    },
    close: () => {
      holdingAcceptances = false;
      for (const accept of heldAcceptances.splice(0)) accept();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function unavailable(): Error {
  return Object.assign(new Error('Service not available, try again later'), { responseCode: 421 });
}

function userUnknown(address: string): Error {
  return Object.assign(new Error(`5.1.1 <${address}>... User unknown`), { responseCode: 550 });
}
