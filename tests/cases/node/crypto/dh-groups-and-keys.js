// Diffie-Hellman groups and keys: getDiffieHellman's MODP groups, fixed private keys give fixed public keys and secrets.
var crypto = require('crypto');
console.log(typeof crypto.DiffieHellman, typeof crypto.DiffieHellmanGroup);
var g = crypto.getDiffieHellman('modp1');
console.log(Object.keys(g), Object.getOwnPropertyNames(Object.getPrototypeOf(g)));
console.log(Object.getOwnPropertyNames(crypto.DiffieHellman.prototype));
console.log(g.verifyError, g.getGenerator('hex'), g.getPrime('hex'));
console.log(g);
var d = crypto.createDiffieHellman(g.getPrime());
console.log(d, d.verifyError);
console.log(Object.getOwnPropertyDescriptors(d));
try { g.getPublicKey() } catch (e) { console.log(e.message, e.code, Object.keys(e)) }
try { d.getPrivateKey() } catch (e) { console.log(e.message, e.code) }
d.setPrivateKey(Buffer.from('01', 'hex'));
console.log(d.getPrivateKey('hex'));
try { console.log(d.getPublicKey('hex')) } catch (e) { console.log(e.message, e.code) }
console.log(d.generateKeys('hex'));
console.log(d.getPrivateKey('hex'));
try { crypto.getDiffieHellman('modp3') } catch (e) { console.log(e.name, e.message, e.code) }
try { crypto.createDiffieHellman(7) } catch (e) { console.log(e.name, e.message, e.code) }
var x = crypto.createDiffieHellman(Buffer.from([23]));
console.log(x.verifyError, x.getGenerator());
x = crypto.createDiffieHellman(Buffer.from([23]), 5);
console.log(x.verifyError, x.getGenerator());
x = crypto.createDiffieHellman(Buffer.from([24]));
console.log(x.verifyError);
x = crypto.createDiffieHellman(Buffer.from([7]), 3);
console.log(x.verifyError);
