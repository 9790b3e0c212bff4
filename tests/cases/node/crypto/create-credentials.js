// crypto.createCredentials (v0.8 manual): a Credentials object whose context holds the key,
// certificate and CAs; bad PEM fails as OpenSSL words it. The key and certificate are made
// here with the openssl command line. node 20 removed createCredentials, so node's run uses
// tls.createSecureContext, its successor with the same options and errors.
var crypto = require('crypto');
var fs = require('fs');
var os = require('os');
var path = require('path');
var execFile = require('child_process').execFile;
var create = crypto.createCredentials || require('tls').createSecureContext;

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'creds-'));
var keyFile = path.join(dir, 'key.pem');
var certFile = path.join(dir, 'cert.pem');
execFile('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile,
  '-days', '2', '-subj', '/CN=jsc.test'], function (error) {
if (error) throw error;
var key = fs.readFileSync(keyFile);
var cert = fs.readFileSync(certFile);

function attempt(label, details) {
  try {
    var c = create(details);
    console.log(label, 'ok', typeof c.context, Object.keys(c).join(','));
    return c;
  } catch (e) {
    console.log(label, e.name, e.message, e.code, e.library, e.reason);
  }
}
attempt('empty', {});
attempt('no details');
var full = attempt('key+cert', { key: key, cert: cert });
attempt('strings', { key: key.toString(), cert: cert.toString(), ca: [cert.toString()] });
attempt('ca only', { ca: cert });
attempt('bad key', { key: 'not a key' });
attempt('bad cert', { cert: 'not a cert' });
attempt('junk ca', { ca: 'junk' });
attempt('bad pfx', { pfx: Buffer.from('zz') });
var der = full.context.getCertificate();
var pemBody = cert.toString().replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
console.log('certificate DER matches PEM:', Buffer.isBuffer(der), der.toString('base64') === pemBody);
fs.rmSync(dir, { recursive: true, force: true });
});
