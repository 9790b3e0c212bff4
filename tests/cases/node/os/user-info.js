// userInfo: a null-prototype record that agrees with process and homedir.
var os = require('os');
var u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u));
console.log(typeof u.username, u.username.length > 0, typeof u.homedir);
if (process.getuid) console.log(u.uid === process.getuid(), u.gid === process.getgid());
console.log(u.homedir === os.homedir() || process.env.HOME !== undefined);
try {
  os.userInfo('x');
} catch (e) {
  console.log(e.code, e.message);
}
