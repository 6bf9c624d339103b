#!/usr/bin/env bash
# Adds a migration named $1 to every module (or to the modules named after it) for all three
# providers. Each provider has its own context subclass and folder: Migrations/<Provider>.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh Name [Module ...]}
shift
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(Identity Regions Registration Evidence Review)
dotnet tool restore >/dev/null
dotnet build src/Host/Enrollment.Host -nologo -v q >/dev/null
for module in "${modules[@]}"; do
  project="src/Modules/$module/Enrollment.Modules.$module.Infrastructure"
  for provider in Sqlite PostgreSql SqlServer; do
    dotnet ef migrations add "$name" --no-build \
      --project "$project" --startup-project "$project" \
      --context "${provider}${module}DbContext" \
      --output-dir "Persistence/Migrations/$provider" \
      --namespace "Enrollment.Modules.$module.Infrastructure.Persistence.Migrations.$provider"
  done
  # dotnet ef files a first snapshot under a folder named after its namespace; keep it beside its migrations.
  if [ -d "$project/Enrollment" ]; then
    for provider in Sqlite PostgreSql SqlServer; do
      mv "$project"/Enrollment/Modules/*/Infrastructure/Persistence/Migrations/$provider/*.cs "$project/Persistence/Migrations/$provider/" 2>/dev/null || true
    done
    rm -rf "$project/Enrollment"
  fi
done
