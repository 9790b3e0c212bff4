// Mixed nesting of arrays and objects across lines.
var util = require('util');
var data = {
  users: [
    { id: 1, name: 'Ann', tags: ['admin', 'dev'], meta: { created: 'today', flags: [1, 2, 3] } },
    { id: 2, name: 'Bob', tags: [], meta: { created: 'yesterday', flags: [] } }
  ],
  total: 2,
  description: 'a list of users with some metadata for testing the inspector output'
};
console.log(util.inspect(data));
console.log(util.inspect(data, { depth: 4 }));
console.log(util.inspect(data.users, { compact: false, depth: 1 }));
