exports.message = function (name) {
  return 'Hello, ' + name + '!';
};
