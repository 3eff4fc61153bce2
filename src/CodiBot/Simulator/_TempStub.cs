namespace CodiBot.Simulator;
public static class SimulatorExtensions { public static bool AddSimulator(this WebApplicationBuilder b) => false; public static void MapSimulator(this WebApplication a) { } }
