// GCM test vectors (McGrew & Viega test cases 1-4) and their tags.
var crypto = require('crypto');
function run(key, iv, pt, aad) {
  var c = crypto.createCipheriv('aes-128-gcm', Buffer.from(key, 'hex'), Buffer.from(iv, 'hex'));
  if (aad) c.setAAD(Buffer.from(aad, 'hex'));
  var ct = c.update(Buffer.from(pt, 'hex'), undefined, 'hex') + c.final('hex');
  console.log(ct, c.getAuthTag().toString('hex'));
}
run('00000000000000000000000000000000', '000000000000000000000000', '');
run('00000000000000000000000000000000', '000000000000000000000000', '00000000000000000000000000000000');
run('feffe9928665731c6d6a8f9467308308', 'cafebabefacedbaddecaf888', 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
run('feffe9928665731c6d6a8f9467308308', 'cafebabefacedbaddecaf888', 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39', 'feedfacedeadbeeffeedfacedeadbeefabaddad2');
