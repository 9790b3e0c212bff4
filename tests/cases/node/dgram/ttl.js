// setTTL/setMulticastTTL return their argument; out-of-range values fail with EINVAL, non-numbers with ERR_INVALID_ARG_TYPE.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  for (const [name, v] of [['setTTL', 64], ['setTTL', 0], ['setTTL', 256], ['setTTL', 'x'],
    ['setMulticastTTL', 1], ['setMulticastTTL', 0], ['setMulticastTTL', 300], ['setMulticastTTL', null]]) {
    try { console.log(name, v, '->', s[name](v)); } catch (e) { console.log(name, v, e.code, e.message); }
  }
  s.close();
});
