using System.Text;

namespace Jsc.Stdlib.Hosting;

/// <summary>
/// The process's stdout and stderr as a program sees them: stdout buffered (flushed when the
/// program ends), stderr unbuffered; a write to stderr first flushes stdout, so output sent to
/// one file or pipe (`2>&amp;1`) keeps the order in which the program wrote it, as in node.
/// </summary>
public static class StandardStreams
{
    public static (StreamWriter Stdout, TextWriter Stderr) Open()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        return (stdout, new AfterFlushing(stderr, stdout));
    }

    sealed class AfterFlushing(TextWriter target, TextWriter first) : TextWriter
    {
        public override Encoding Encoding => target.Encoding;
        public override void Write(char value) { first.Flush(); target.Write(value); }
        public override void Write(string? value) { first.Flush(); target.Write(value); }
        public override void Write(char[] buffer, int index, int count) { first.Flush(); target.Write(buffer, index, count); }
        public override void WriteLine(string? value) { first.Flush(); target.WriteLine(value); }
        public override void Flush() => target.Flush();
        protected override void Dispose(bool disposing)
        {
            if (disposing) target.Dispose();
            base.Dispose(disposing);
        }
    }
}
