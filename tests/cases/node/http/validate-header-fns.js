// http.validateHeaderName / validateHeaderValue.
var http = require('http');
http.validateHeaderName('X-Good');
try { http.validateHeaderName('bad header'); } catch (e) { console.log(e.code); }
try { http.validateHeaderValue('x', 'a\r\nb'); } catch (e) { console.log(e.code); }
try { http.validateHeaderValue('x', undefined); } catch (e) { console.log(e.code); }
console.log('ok');
