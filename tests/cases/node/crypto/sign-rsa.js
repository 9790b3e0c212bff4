// createSign/createVerify with RSA PEM keys (PKCS#1 v1.5): signatures are deterministic,
// so they equal node's byte for byte. The keys were generated once by node.
var crypto = require('crypto');
var rsaPrivate = "-----BEGIN PRIVATE KEY-----\nMIICdQIBADANBgkqhkiG9w0BAQEFAASCAl8wggJbAgEAAoGBAKqUPTf2xPZ3x5Fo\nphStwbMPLKvgqisKt2H6jwkoh/9Q/DhyBbq0wU9LnpObQRCEjKUXDDHMEZ+0L7o1\neJ6a6HhBss1Maq8tRDoTAacsHZvSZ5TRgmqKWinpNwHAfzNvNUQR8aVRZUAjdMnp\ncQEBmVv5kSpoiMCOxPXmGGGDbWi1AgMBAAECgYAU39cuBhDMaJQPg1LvrOPLWcwJ\nrJCme8U9REBEyqT55Zs3/RweYQhW/9YEEjfAIbhka5Gedm6hsJc2nlyIbESOX7IX\nimql6FXXoYZJIR3HFSY3tMJcDnwJsLvKesTcMk6vI68RiqvsWB97WGEti9UKtyTH\nNvsxh7n2YMUEHfXU8QJBANaFQA7+/3Yg8HOf7XKP24qnYJFNiJw9Dp64TdLbX1Z6\nAp7bmefjVu4c9nhb/7369jJtFLTLTHaMv+wpqT5GB2MCQQDLj+PrQIUaOeNe1316\ng6hwLyGkXrxdcsZbz+7VyOOSkx4iUkVS3HfTi427gNVv+BNq+LnHlNWtXe/rhh71\nSocHAkAF6jCk+TTz/d6DYaJ7aSoFfa30861TmX9gsvY6XSAY005lMOricOtBr3zA\nPtEjXNsS8t0CSyS1lBXqng9zjxy/AkAyHcfoWGcssMnYxMcAzb8/d2sZ87T+cM6D\nNis/+QiGQrAtlQG6R8s8iuQnIK3rtjDZqkja6Tq+Rx1VaBzhGSsrAkBm2uRxpvQH\nca5TT5ngNyr0jwIBX8QPQhKAPGMON/BytMCrujWwaxmlwwIMDLF7Mr0sSScl/z7G\nFOVj73lZUxN9\n-----END PRIVATE KEY-----\n";
var rsaPrivatePkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nMIICWwIBAAKBgQCqlD039sT2d8eRaKYUrcGzDyyr4KorCrdh+o8JKIf/UPw4cgW6\ntMFPS56Tm0EQhIylFwwxzBGftC+6NXiemuh4QbLNTGqvLUQ6EwGnLB2b0meU0YJq\nilop6TcBwH8zbzVEEfGlUWVAI3TJ6XEBAZlb+ZEqaIjAjsT15hhhg21otQIDAQAB\nAoGAFN/XLgYQzGiUD4NS76zjy1nMCayQpnvFPURARMqk+eWbN/0cHmEIVv/WBBI3\nwCG4ZGuRnnZuobCXNp5ciGxEjl+yF4pqpehV16GGSSEdxxUmN7TCXA58CbC7ynrE\n3DJOryOvEYqr7Fgfe1hhLYvVCrckxzb7MYe59mDFBB311PECQQDWhUAO/v92IPBz\nn+1yj9uKp2CRTYicPQ6euE3S219WegKe25nn41buHPZ4W/+9+vYybRS0y0x2jL/s\nKak+RgdjAkEAy4/j60CFGjnjXtd9eoOocC8hpF68XXLGW8/u1cjjkpMeIlJFUtx3\n04uNu4DVb/gTavi5x5TVrV3v64Ye9UqHBwJABeowpPk08/3eg2Gie2kqBX2t9POt\nU5l/YLL2Ol0gGNNOZTDq4nDrQa98wD7RI1zbEvLdAksktZQV6p4Pc48cvwJAMh3H\n6FhnLLDJ2MTHAM2/P3drGfO0/nDOgzYrP/kIhkKwLZUBukfLPIrkJyCt67Yw2apI\n2uk6vkcdVWgc4RkrKwJAZtrkcab0B3GuU0+Z4Dcq9I8CAV/ED0ISgDxjDjfwcrTA\nq7o1sGsZpcMCDAyxezK9LEknJf8+xhTlY+95WVMTfQ==\n-----END RSA PRIVATE KEY-----\n";
var rsaPublic = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCqlD039sT2d8eRaKYUrcGzDyyr\n4KorCrdh+o8JKIf/UPw4cgW6tMFPS56Tm0EQhIylFwwxzBGftC+6NXiemuh4QbLN\nTGqvLUQ6EwGnLB2b0meU0YJqilop6TcBwH8zbzVEEfGlUWVAI3TJ6XEBAZlb+ZEq\naIjAjsT15hhhg21otQIDAQAB\n-----END PUBLIC KEY-----\n";
var ecPrivate = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgJRg+oZGU4chgsDB/\nuQtgjZNb+OeGkPF8x55ZwxuGVBOhRANCAARMjot0TIRah1BTTDfs+gk8hQhMNHN5\nxV5M/aGIB+jhpCh5oSIhP8hkXIHvklF8rH1z8nRDJl0UzjgO4cCRrpkf\n-----END PRIVATE KEY-----\n";
var ecPublic = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAETI6LdEyEWodQU0w37PoJPIUITDRz\necVeTP2hiAfo4aQoeaEiIT/IZFyB75JRfKx9c/J0QyZdFM44DuHAka6ZHw==\n-----END PUBLIC KEY-----\n";
['RSA-SHA256', 'sha256', 'RSA-SHA1', 'sha512', 'md5', 'RSA-SHA384'].forEach(function (alg) {
  var s = crypto.createSign(alg);
  s.update('data to sign, ');
  s.update(Buffer.from('in two parts'));
  var sig = s.sign(rsaPrivate, 'hex');
  console.log(alg, sig);
  var v = crypto.createVerify(alg);
  v.update('data to sign, in two parts');
  console.log(v.verify(rsaPublic, sig, 'hex'));
  var bad = crypto.createVerify(alg);
  bad.update('other data');
  console.log(bad.verify(rsaPublic, sig, 'hex'));
});
console.log(crypto.createSign('sha256').update('x').sign(rsaPrivatePkcs1, 'base64'));
console.log(crypto.createSign('sha256').update('x').sign({ key: rsaPrivate }).length);
