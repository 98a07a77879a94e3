namespace Mizan.Tests.Shared;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal class TempDirectory : IDisposable
{
    private readonly bool _owns;

    public TempDirectory()
        : this(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mizan-tests-" + Guid.NewGuid().ToString("N")), owns: true)
    {
    }

    protected TempDirectory(string path, bool owns)
    {
        Path = path;
        _owns = owns;
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (!_owns)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
