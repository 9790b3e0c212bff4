// Username and password in WHATWG URLs: encoding and removal.
var u = new URL('https://user:pa%20ss@example.com/');
console.log(u.username, u.password, u.href);
u.password = '';
console.log(u.href);
u.username = '';
console.log(u.href);
u.password = 'only-password';
console.log(u.href);
console.log(new URL('http://a:b:c@h/').password, new URL('http://@h/').href, new URL('http://:@h/').href);
