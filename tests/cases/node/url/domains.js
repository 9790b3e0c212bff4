// url.domainToASCII and domainToUnicode ('' for invalid domains).
var url = require('url');
['español.com', 'xn--iñvalid.com', 'EXAMPLE.com', '中文.com', 'xn--fiq228c.com', 'a..b', '', 'bad host', '127.1', 'ü.ö.ä'].forEach(function (d) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
});
