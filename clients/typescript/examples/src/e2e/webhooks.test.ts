// PeerPath's real deliveries, checked by the example receiver (../webhooks/receiver.ts, the `standardwebhooks`
// package): a delivery as sent is accepted; a changed body, a stale timestamp and a secret rotated out are refused.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  ConsentPurpose, ConsentScope, ConsentsApi, Outcome, PeersApi, WebhookEventType, WebhooksApi,
} from '@peerpath/api-client';
import type { Server } from 'node:http';

import { createWebhookReceiver, verifyDelivery, type Delivery, type PeerPathEvent } from '../webhooks/receiver.js';
import { records, stack } from './stack.js';

const deliveries: Delivery[] = [];
const events: PeerPathEvent[] = [];
let secret = '';
let receiver: Server;
let receiverUrl: string;

before(async () => {
  receiver = createWebhookReceiver({
    secret: () => secret,
    onEvent: (event) => events.push(event),
    onDelivery: (delivery) => deliveries.push(delivery),
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/peerpath-events`;
});

after(() => receiver.close());

/** Waits for the delivery of the consent.granted event of `consentId`. */
async function deliveryOf(consentId: string): Promise<Delivery> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const delivery = deliveries.find((d) => JSON.parse(d.body).data?.consentId === consentId);
    if (delivery) return delivery;
    await sleep(200);
  }
  throw new Error(`no delivery of the consent ${consentId} within 60 s`);
}

/**
 * Waits until api-service has committed the delivery of `eventId` (its log shows it): the endpoint's position moves
 * on in the same transaction, so a change to the endpoint before then races with it.
 */
async function committed(webhooks: WebhooksApi, webhookId: string, eventId: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const log = await webhooks.listWebhookDeliveries({ webhookId, limit: 100 });
    if (log.items?.some((d) => d.eventId === eventId && d.outcome === Outcome.Delivered)) return;
    await sleep(200);
  }
  throw new Error(`the delivery of ${eventId} was not logged within 60 s`);
}

test('real deliveries verify with standardwebhooks; tampered, stale and rotated-out ones do not', async () => {
  const admin = records(stack.adminToken);
  const ehrClient = `e2e-ehr-${randomUUID()}`;
  // an endpoint may name only an EHR client the agency registered
  await new ConsentsApi(admin).registerEhrClient({
    registerEhrClient: { clientId: ehrClient, recipientOrganization: 'E2E Health', displayName: 'E2E EHR' },
    idempotencyKey: randomUUID(),
  });
  const webhooks = new WebhooksApi(admin);
  const webhook = await webhooks.createWebhook({
    createWebhook: { url: receiverUrl, clientId: ehrClient, eventTypes: [WebhookEventType.ConsentGranted] },
    idempotencyKey: randomUUID(),
  });
  assert.match(webhook.secret ?? '', /^whsec_/);
  const firstSecret = webhook.secret!;
  secret = firstSecret;

  const peer = await new PeersApi(records(stack.coachToken)).createPeer({ createPeer: { preferredName: 'Robin K.' } });
  const consents = new ConsentsApi(admin);
  const grant = () => consents.createConsent({
    createConsent: {
      peerId: peer.id!, recipientClientId: ehrClient, recipientName: 'E2E EHR', purpose: ConsentPurpose.Treatment,
      scopes: [ConsentScope.Notes],
    },
    idempotencyKey: randomUUID(),
  });

  const first = await deliveryOf((await grant()).id!);
  const event = verifyDelivery(first, firstSecret);
  assert.equal(event.type, 'consent.granted');
  assert.equal(event.id, first.headers['webhook-id']);
  assert.equal(event.data.peerId, peer.id);
  assert.deepEqual(events.map((e) => e.id), [event.id]);   // the receiver accepted it too (and answered 204)

  const tampered = { ...first, body: first.body.replace('consent.granted', 'consent.revoked') };
  assert.throws(() => verifyDelivery(tampered, firstSecret), /No matching signature found/);
  const stale = { ...first, headers: { ...first.headers, 'webhook-timestamp': String(Math.floor(Date.now() / 1000) - 600) } };
  assert.throws(() => verifyDelivery(stale, firstSecret), /timestamp too old/);

  await committed(webhooks, webhook.id!, event.id);
  // Two rotations: the newest secret signs, the one before it too (for 24 hours); the first signs no more.
  const secondSecret = (await webhooks.rotateWebhookSecret({ webhookId: webhook.id!, idempotencyKey: randomUUID() })).secret!;
  const newest = (await webhooks.rotateWebhookSecret({ webhookId: webhook.id!, idempotencyKey: randomUUID() })).secret!;
  secret = newest;
  const after = await deliveryOf((await grant()).id!);
  assert.equal(verifyDelivery(after, newest).type, 'consent.granted');
  assert.equal(verifyDelivery(after, secondSecret).type, 'consent.granted');
  assert.throws(() => verifyDelivery(after, firstSecret), /No matching signature found/);
  assert.equal(events.length, 2);
});
