// A PeerPath webhook receiver with the `standardwebhooks` package (the Standard Webhooks reference library): every
// delivery is checked before it is trusted. PeerPath signs `webhook-id.webhook-timestamp.body` with HMAC-SHA256 and
// the endpoint's secret (`whsec_...`, shown when the webhook is created or its secret rotated); during the 24 hours
// after a rotation it signs with the previous secret too, so the receiver can switch secrets at any time.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';

/** The body of every PeerPath event (`type` is e.g. `note.signed`, `consent.granted`, `peer.updated`). */
export interface PeerPathEvent {
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, string>;
}

/** One delivery as it arrived: the raw body (verify it before parsing it) and the headers. */
export interface Delivery {
  body: string;
  headers: Record<string, string>;
}

/**
 * The event of a delivery signed with `secret`; throws `WebhookVerificationError` when the signature does not match
 * (a changed body, another secret), a header is missing, or the timestamp is more than 5 minutes off (a replay).
 */
export function verifyDelivery(delivery: Delivery, secret: string): PeerPathEvent {
  return new Webhook(secret).verify(delivery.body, delivery.headers) as PeerPathEvent;
}

export interface ReceiverOptions {
  /** The endpoint's current secret (read on every delivery, so that a rotation needs no restart). */
  secret: () => string;
  /** Called once per event id: deliveries are at least once, so a retried event can arrive again. */
  onEvent: (event: PeerPathEvent) => void;
  /** Called with every delivery as it arrived, before it is verified. */
  onDelivery?: (delivery: Delivery) => void;
}

/** An HTTP server that answers 204 to a verified delivery and 400 to any other; listen() it on your port. */
export function createWebhookReceiver(options: ReceiverOptions): Server {
  const seen = new Set<string>();
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const delivery = { body: Buffer.concat(chunks).toString('utf8'), headers: flatten(request.headers) };
      options.onDelivery?.(delivery);
      let event: PeerPathEvent;
      try {
        event = verifyDelivery(delivery, options.secret());
      } catch {
        response.writeHead(400).end();
        return;
      }
      if (!seen.has(event.id)) {
        seen.add(event.id);
        options.onEvent(event);
      }
      response.writeHead(204).end();
    });
  });
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
