// WHATWG URL setters.
var u = new URL('http://user:pw@example.com:8080/a/b?x=1#h');
function show(what) {
  console.log(what, '->', u.href);
}
u.protocol = 'https'; show('protocol https');
u.protocol = 'ftp:'; show('protocol ftp:');
u.protocol = 'mailto'; show('protocol mailto (special to non-special is ignored)');
u.protocol = '1bad'; show('protocol 1bad');
u.username = 'a b@c'; show('username');
u.password = 'p:w/'; show('password');
u.host = 'other.org:99'; show('host');
u.hostname = 'third.net'; show('hostname');
u.hostname = 'bad host'; show('hostname bad');
u.port = '443'; show('port 443');
u.port = '21'; show('port 21 (default for ftp)');
u.port = '8080abc'; show('port 8080abc');
u.port = 'x'; show('port x');
u.port = ''; show('port empty');
u.port = '70000'; show('port 70000');
u.pathname = '/new path/ü'; show('pathname');
u.pathname = 'no-slash'; show('pathname no slash');
u.search = 'q=1 2'; show('search');
u.search = '??x'; show('search ??x');
u.search = ''; show('search empty');
u.hash = 'frag ment'; show('hash');
u.hash = '##x'; show('hash ##x');
u.hash = ''; show('hash empty');
u.href = 'http://reset.com/'; show('href');
try {
  u.href = 'not valid';
} catch (e) {
  console.log(e.code, e.message);
}
var m = new URL('mailto:a@b.com');
m.host = 'x.com'; m.pathname = '/p'; m.port = '1'; m.username = 'u';
console.log(m.href);
var f = new URL('file:///tmp/x');
f.port = '80'; f.username = 'u'; f.host = 'server';
console.log(f.href);
