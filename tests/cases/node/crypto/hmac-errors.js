// Bad digests and keys for createHmac; digest twice gives an empty result.
var crypto = require('crypto');
try { crypto.createHmac('nope', 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHmac('sha1'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHmac('sha1', 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHmac(5, 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
var h = crypto.createHmac('sha1', 'k');
console.log(h.digest('hex'));
console.log(JSON.stringify(h.digest('hex')), h.digest().length);
try { h.update('x'); } catch (e) { console.log(e.code, e.message); }
