; Inno Setup 6 script for KaeJon Desk: a per-user installer (no administrator needed).
;
;   iscc /DAppVersion=0.1.0 packaging\kaejon.iss
;
; It packs dist\KaeJonDesk (made by `python tasks.py build`) into
; dist\installer\KaeJonDesk-<version>-setup.exe. Without /DAppVersion the version is read
; from kaejon.exe, whose version resource the spec fills in from pyproject.toml.
;
; Updating: a newer installer has the same AppId, installs over the old version and first
; removes the old _internal folder, so no stale module stays behind. The office database,
; its backups and the settings live in %LOCALAPPDATA%\KaeJonDesk, outside {app}: neither the
; installer nor the uninstaller ever touches that folder (the uninstaller removes only the
; files it installed). At the first start the new version backs the database up into
; %LOCALAPPDATA%\KaeJonDesk\backups and migrates it.

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + "..\dist\KaeJonDesk\kaejon.exe", "ProductVersion")
#endif

[Setup]
AppId={{CD69B8FB-8E9E-4489-BDB1-C29380612444}
AppName=KaeJon Desk
AppVerName=KaeJon Desk {#AppVersion}
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=KaeJon Desk
; Per-user: installs into %LOCALAPPDATA%\Programs\KaeJon Desk, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\KaeJon Desk
DefaultGroupName=KaeJon Desk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist\installer
OutputBaseFilename=KaeJonDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\kaejon.ico
UninstallDisplayIcon={app}\kaejon.exe
UninstallDisplayName=KaeJon Desk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; "x64" (not 6.3's "x64compatible") so that an older preinstalled Inno Setup 6 compiles it too.
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
CloseApplications=yes
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the whole program folder's bundle (never the user's data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\KaeJonDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\KaeJon Desk"; Filename: "{app}\kaejon.exe"; Comment: "แก้จนเดสก์"
Name: "{group}\{cm:UninstallProgram,KaeJon Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\KaeJon Desk"; Filename: "{app}\kaejon.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kaejon.exe"; Description: "{cm:LaunchProgram,KaeJon Desk}"; Flags: nowait postinstall skipifsilent
