// An enum value that a later service version adds must not break a client generated from an older document. The
// typescript-fetch clients model an enum as a string union plus a const object of the values they know, and their
// FromJSON functions pass a value through without checking it: the response is read, the new value reaches the app
// as the string it is, and `instanceOf<Enum>` tells the app that it is not one it knows. This test serves such a
// response to the real generated client.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';

import { Configuration, PeersApi, PeerStatus, RecoveryPathway, instanceOfPeerStatus, instanceOfRecoveryPathway }
  from '@peerpath/api-client';
import { Configuration as ContentConfiguration, EntryKind, SearchApi, instanceOfEntryKind }
  from '@peerpath/content-client';

const PEER_ID = '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01';
let server: Server;
let basePath: string;

before(async () => {
  server = createServer((request, response) => {
    const body = request.url?.startsWith('/v1/search')
      ? { items: [{ ref: 'worksheet:daily-inventory', kind: 'WORKSHEET', slug: 'daily-inventory', title: 'Daily inventory' }] }
      : { id: PEER_ID, preferredName: 'Jamie R.', status: 'ARCHIVED', recoveryPathways: ['MUTUAL_AID', 'PEER_RUN_RESPITE'] };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  basePath = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

/** What an app shows for a status: a default branch for the values this client version does not know. */
function label(status: PeerStatus | undefined): string {
  switch (status) {
    case PeerStatus.Active: return 'active';
    case PeerStatus.Paused: return 'paused';
    case PeerStatus.Concluded: return 'concluded';
    default: return `other (${String(status)})`;
  }
}

test('a peer status and a recovery pathway unknown to this client are read, not refused', async () => {
  const peer = await new PeersApi(new Configuration({ basePath })).getPeer({ peerId: PEER_ID });

  assert.equal(peer.preferredName, 'Jamie R.');
  assert.equal(peer.status, 'ARCHIVED');
  assert.equal(instanceOfPeerStatus(peer.status), false);
  assert.equal(label(peer.status), 'other (ARCHIVED)');
  assert.deepEqual(peer.recoveryPathways, [RecoveryPathway.MutualAid, 'PEER_RUN_RESPITE']);
  assert.deepEqual(peer.recoveryPathways?.map(instanceOfRecoveryPathway), [true, false]);
});

test('a curriculum entry kind unknown to this client is read, not refused', async () => {
  const page = await new SearchApi(new ContentConfiguration({ basePath })).search({ q: 'inventory' });

  assert.equal(page.items?.[0]?.slug, 'daily-inventory');
  assert.equal(page.items?.[0]?.kind, 'WORKSHEET');
  assert.equal(instanceOfEntryKind(page.items?.[0]?.kind), false);
  assert.equal(instanceOfEntryKind(EntryKind.Technique), true);
});
