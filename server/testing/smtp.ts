import { SMTPServer } from 'smtp-server';

/** A mail as a real SMTP server received it: its envelope recipients and its raw text, headers first. */
export type ReceivedMail = { to: string[]; body: string };

/**
 * A real SMTP server on a free local port that keeps what it receives, for tests that send mail as
 * Cairn does (startMailSender) and read the headers a mail program would see.
 */
export async function listenForMail() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  return {
    received,
    smtpUrl: `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A mail's headers as a mail program reads them: long headers are folded onto the next line. */
export function unfolded(mail: ReceivedMail | undefined): string {
  return (mail?.body ?? '').replace(/\r?\n[ \t]+/g, ' ');
}
