new Promise(function (resolve, reject) {
  'use strict';
  console.log(this, arguments.length, typeof resolve, typeof reject);
  resolve();
});
Promise.resolve().then(function () { 'use strict'; console.log('handler this', this, arguments.length); });
