// URLSearchParams writes application/x-www-form-urlencoded: spaces as +, and *-._ kept.
var p = new URLSearchParams();
p.append('sp ace', 'a b+c');
p.append('special', "!'()~*-._&=?#/%");
p.append('unicode', 'é€😀');
p.append('lone', '\uD800x');
console.log(p.toString());
console.log(new URLSearchParams(p.toString()).get('special'), new URLSearchParams(p.toString()).get('lone'));
