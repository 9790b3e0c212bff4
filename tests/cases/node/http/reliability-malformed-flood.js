// Reliability: 1,000 connections — malformed, truncated and slow-loris requests interleaved with good
// ones — against one server; each bad one is answered (4xx) or closed, every good one gets 200, and the
// server keeps serving throughout.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = 0;
  req.on('data', (d) => { body += d.length; });
  req.on('end', () => res.end('ok ' + body));
});
const clientErrors = {};
server.on('clientError', (err, socket) => {
  clientErrors[err.code] = (clientErrors[err.code] || 0) + 1;
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
});

const good = 'GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
const shapes = {
  badMethod: 'G@T / HTTP/1.1\r\nHost: x\r\n\r\n',
  badVersion: 'GET / HTTP/9\r\nHost: x\r\n\r\n',
  nulInPath: 'GET /\0 HTTP/1.1\r\nHost: x\r\n\r\n',
  badHeaderName: 'GET / HTTP/1.1\r\nBad Header: y\r\n\r\n',
  hugeHeader: 'GET / HTTP/1.1\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n',
  badChunkSize: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n',
  clAndTe: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  badContentLength: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  garbage: '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
  lfOnlyBadLine: 'GET / HTTP/1.1\nHost: x\nBroken\n\n',
  truncatedBody: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nshort',
  truncatedHead: 'GET / HTTP/1.1\r\nHost: x\r\nX-Half',
};

function send(payload, { end = true } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('error', () => {});
    socket.on('close', () => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      resolve(m ? m[1] : 'closed');
    });
    socket.write(payload, 'latin1');
    if (end) socket.end();
  });
}

async function main() {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const outcomes = {};
  const record = (shape, outcome) => {
    const key = shape + ' ' + outcome;
    outcomes[key] = (outcomes[key] || 0) + 1;
  };
  // Slow-loris: 20 connections trickle a header byte by byte and never finish it.
  const loris = [];
  for (let i = 0; i < 20; i++) {
    const s = net.connect(server.address().port, '127.0.0.1');
    s.on('error', () => {});
    loris.push(s);
  }
  const trickle = setInterval(() => loris.forEach((s) => s.writable && s.write('X')), 5);
  loris.forEach((s) => s.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: '));

  const names = Object.keys(shapes);
  let sent = 20;
  for (let round = 0; sent < 1000; round++) {
    const batch = [];
    for (const name of names) {
      if (sent >= 1000) break;
      batch.push(send(shapes[name]).then((o) => record(name, o)));
      sent++;
    }
    if (sent < 1000) {
      batch.push(send(good).then((o) => record('good', o)));
      sent++;
    }
    await Promise.all(batch);
  }
  clearInterval(trickle);
  const stillGood = await send(good);
  loris.forEach((s) => s.destroy());
  Object.keys(outcomes).sort().forEach((k) => console.log(k, outcomes[k]));
  console.log('connections', sent, 'after the flood:', stillGood);
  console.log('clientError codes', Object.keys(clientErrors).sort().join(','));
  server.close(() => console.log('closed'));
}
main();
