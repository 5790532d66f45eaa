import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * An HTTP/1.1 connection driven by hand: what is written goes out as is, and responses are read
 * one at a time as they come (each with a Content-Length, as this server's are), so a test sees
 * exactly what a client on the same connection would.
 */
export async function rawConnection(url: string) {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  let buffered = Buffer.alloc(0);
  let wake = () => {};
  let closed = false;
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    wake();
  });
  socket.on('close', () => {
    closed = true;
    wake();
  });
  const parse = (): RawResponse | null => {
    const end = buffered.indexOf('\r\n\r\n');
    if (end < 0) return null;
    const [statusLine = '', ...lines] = buffered.subarray(0, end).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    const length = Number(headers['content-length'] ?? 0);
    if (buffered.length < end + 4 + length) return null;
    const body = buffered.subarray(end + 4, end + 4 + length).toString('utf8');
    buffered = buffered.subarray(end + 4 + length);
    return { status: Number(statusLine.split(' ')[1]), headers, body };
  };
  return {
    write: (data: string) => socket.write(data),
    /** The next whole response; throws if the connection closes first. */
    async response(): Promise<RawResponse> {
      for (;;) {
        const response = parse();
        if (response) return response;
        if (closed) throw new Error('the connection closed before a whole response came');
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    /** Resolves once the server has closed the connection, with what came after the last response. */
    async closed(): Promise<string> {
      if (!closed) await once(socket, 'close');
      return buffered.toString('utf8');
    },
    end: () => socket.destroy(),
  };
}
