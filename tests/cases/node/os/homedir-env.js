// homedir follows HOME as the program sets it.
var os = require('os');
var saved = process.env.HOME;
process.env.HOME = '/custom/home';
console.log(os.homedir());
process.env.HOME = saved;
console.log(os.homedir() === saved);
