var outside = 'outer';
class A {
  static x = 1;
  static {
    var outside = 'inner var';
    this.y = this.x + 1;
    console.log('block 1', outside, this.y);
  }
  static {
    let z = A.y * 10;
    A.z = z;
    try { throw new Error('in block'); } catch (e) { console.log('caught', e.message); }
  }
}
console.log(outside, A.x, A.y, A.z);
