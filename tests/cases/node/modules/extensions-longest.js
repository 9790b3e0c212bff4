// A registered multi-part extension (.test.js) wins over .js for files that end with it.
require.extensions['.test.js'] = function (module, filename) {
  module.exports = 'loaded by .test.js handler: ' + require('path').basename(filename);
};
console.log(require('./fixtures/order/multi.test.js'));
delete require.extensions['.test.js'];
