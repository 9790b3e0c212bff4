// `#x in obj` as the condition of if/while/?:/&&/|| and negated (compiled as branches, not values).
class Brand {
  #tag = 1;
  static check(o) {
    const out = [];
    if (#tag in o) out.push('if');
    if (!(#tag in o)) out.push('not');
    out.push(#tag in o ? 'cond-yes' : 'cond-no');
    if (o && #tag in o || false) out.push('logical');
    let n = 0;
    while (#tag in o && n < 2) n++;
    out.push('loop' + n);
    return out.join(',');
  }
}
console.log(Brand.check(new Brand()));
console.log(Brand.check({}));
try { Brand.check(1); } catch (e) { console.log(e.constructor.name, e.message); }
