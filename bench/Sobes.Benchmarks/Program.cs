using BenchmarkDotNet.Running;
using Sobes.Benchmarks.Import;

if (args.Length > 0 && args[0] == "import-once")
{
    return await ImportOnce.MainAsync(args);
}

if (args.Length > 0 && args[0] == "import-stages")
{
    return ImportStageTimings.Run(args);
}

if (args.Length > 0 && args[0] == "load")
{
    return await Sobes.Benchmarks.Load.LoadTest.MainAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(ImportOnce).Assembly).Run(args);
return 0;
