// format with a query object: stringified, search takes precedence, non-objects ignored.
var url = require('url');
console.log(url.format({ pathname: '/p', query: { a: 'b c', d: ['1', '2'], e: '' } }));
console.log(url.format({ pathname: '/p', query: 'a=b' }));
console.log(url.format({ pathname: '/p', query: {}, search: '' }));
console.log(url.format({ pathname: '/p', search: 'x=#y' }));
console.log(url.format({ host: 'h', pathname: 'p', hash: 'h#2' }));
