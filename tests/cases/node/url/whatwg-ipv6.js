// The WHATWG parser's IPv6 parsing and compression.
['[::]', '[::1]', '[1::]', '[1:2:3:4:5:6:7:8]', '[1:0:0:4:0:0:0:8]', '[0:0:1:0:0:0:0:0]', '[::ffff:1.2.3.4]', '[::1.2.3.4]',
 '[1:2:3:4:5:6:1.2.3.4]', '[ABCD::EF]', '[1:2:3:4:5:6:7:8:9]', '[1::2::3]', '[::1.2.3]', '[::1.2.3.256]', '[:1]', '[1:]', '[g::]'].forEach(function (h) {
  try {
    console.log(h, new URL('http://' + h + '/').host);
  } catch (e) {
    console.log(h, e.code);
  }
});
