using BenchmarkDotNet.Running;
using Sobes.Benchmarks.Import;

if (args.Length > 0 && args[0] == "import-once")
{
    return await ImportOnce.MainAsync(args);
}

if (args.Length > 0 && args[0] == "import-anki-once")
{
    return await AnkiImportOnce.MainAsync(args);
}

if (args.Length > 0 && args[0] == "export-apkg-once")
{
    return await Sobes.Benchmarks.Export.ApkgExportOnce.MainAsync(args);
}

if (args.Length > 0 && args[0] == "import-stages")
{
    return ImportStageTimings.Run(args);
}

if (args.Length > 2 && args[0] == "write-export")
{
    // `-- write-export N FILE`: the generated export the import benchmarks read, to import with the CLI and compare results.
    await using var file = File.Create(args[2]);
    Sobes.Testing.Exports.TelegramExportGenerator.Write(file, int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), 2026, distinct: true);
    return 0;
}

if (args.Length > 2 && args[0] == "write-anki")
{
    // `-- write-anki N FILE`: the generated package import-anki-once reads, to import with `sobes import` (a ReadyToRun build).
    await using var file = File.Create(args[2]);
    Sobes.Testing.Exports.AnkiPackageWriter.Write(file, Sobes.Testing.Exports.AnkiCollectionFormat.Anki21b,
        Sobes.Testing.Exports.AnkiDeckGenerator.Notes(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), 2026));
    return 0;
}

if (args.Length > 0 && args[0] == "cli-start")
{
    return await Sobes.Benchmarks.Cli.CliStartup.MainAsync(args);
}

if (args.Length > 0 && args[0] == "load")
{
    return await Sobes.Benchmarks.Load.LoadTest.MainAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(ImportOnce).Assembly).Run(args);
return 0;
