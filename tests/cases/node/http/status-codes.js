// http.STATUS_CODES and http.METHODS.
var http = require('http');
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[500], Object.keys(http.STATUS_CODES).length);
console.log(http.METHODS.length, http.METHODS.indexOf('GET') !== -1, http.METHODS.join(' '));
