fn main() -> std::process::ExitCode {
    cxmap::cli::main()
}
