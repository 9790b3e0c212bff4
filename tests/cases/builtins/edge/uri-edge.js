// encodeURI/decodeURI edge cases: reserved characters kept encoded, lone surrogates, overlong UTF-8 sequences.
console.log(decodeURI('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'), decodeURIComponent('%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'));
console.log(encodeURI('http://x.y/a b?c=d&e=ä#f'), encodeURIComponent("!'()*-._~"), encodeURI('\uD83D\uDE00'));
['\uD800', '\uDC00', 'a\uD800b'].forEach(function (s) { try { encodeURIComponent(s); } catch (e) { console.log(e.name, e.message); } });
['%', '%zz', '%C0%80', '%E0%80%80', '%ED%A0%80', '%F4%90%80%80', '%FF', '%C3'].forEach(function (s) { try { console.log(decodeURIComponent(s)); } catch (e) { console.log(s, e.name, e.message); } });
console.log(decodeURIComponent('%F0%9F%98%80').length, decodeURI('%25'), decodeURI('%2525'));
