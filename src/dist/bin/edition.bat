@echo off
rem edition: validates a TEI edition and publishes it as a website, PDFs and EPUBs.
rem Needs Java 17 or later: on PATH, or in JAVA_HOME. EDITION_JAVA_OPTS adds options to the JVM.
setlocal
set "EDITION_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo edition: Java 17 or later is needed: install it, or set JAVA_HOME 1>&2
  exit /b 2
)
"%JAVA%" -XX:TieredStopAtLevel=1 -Dedition.jit=quick -Xmx700m %EDITION_JAVA_OPTS% -jar "%EDITION_HOME%\lib\edition.jar" %*
exit /b %ERRORLEVEL%
