using Spectrum.Cli;

return await SpectrumApp.RunAsync(args);
