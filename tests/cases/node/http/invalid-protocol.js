// https: URLs are refused by http.request.
var http = require('http');
try { http.get('https://127.0.0.1/'); } catch (e) { console.log(e.code, e.message); }
