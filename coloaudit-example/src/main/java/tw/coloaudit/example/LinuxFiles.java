package tw.coloaudit.example;

import static tw.coloaudit.example.ExamplePack.AS_OF;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The Debian order gateway colo-gw-1: its account files as {@code /etc} holds them and its
 * password and SSH configuration.
 */
final class LinuxFiles {

  static final String SYSTEM = "colo-gw-1";

  /** The day the gateway was installed: system accounts carry it as their last change. */
  private static final LocalDate INSTALLED = LocalDate.of(2023, 8, 1);

  private static final String CRYPT_ALPHABET =
      "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private LinuxFiles() {}

  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("accounts/colo-gw-1/passwd", utf8(passwd()));
    files.put("accounts/colo-gw-1/shadow", utf8(shadow(new Random(0x9A00_0001L))));
    files.put("accounts/colo-gw-1/group", utf8(group()));
    files.put("accounts/colo-gw-1/sudoers", utf8(sudoers()));
    files.put("config/colo-gw-1/login.defs", utf8(loginDefs()));
    files.put("config/colo-gw-1/pwquality.conf", utf8(pwquality()));
    files.put("config/colo-gw-1/sshd_config", utf8(sshdConfig()));
    return files;
  }

  private static String passwd() {
    return """
        root:x:0:0:root:/root:/bin/bash
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
        bin:x:2:2:bin:/bin:/usr/sbin/nologin
        sys:x:3:3:sys:/dev:/usr/sbin/nologin
        sync:x:4:65534:sync:/bin:/bin/sync
        games:x:5:60:games:/usr/games:/usr/sbin/nologin
        man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
        lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
        mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
        news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
        proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
        www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
        backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
        _apt:x:42:65534::/nonexistent:/usr/sbin/nologin
        nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
        systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin
        messagebus:x:100:107::/nonexistent:/usr/sbin/nologin
        sshd:x:101:65534::/run/sshd:/usr/sbin/nologin
        chrony:x:102:108:Chrony daemon,,,:/var/lib/chrony:/usr/sbin/nologin
        fixgw:x:996:996:FIX gateway service:/opt/fixgw:/bin/bash
        wangdm:x:1000:1000:Wang Da-Ming,IT,,:/home/wangdm:/bin/bash
        chenyj:x:1001:1001:Chen Yi-Jun,IT,,:/home/chenyj:/bin/bash
        linzh:x:1002:1002:Lin Chih-Hao,Trading,,:/home/linzh:/bin/bash
        changesf:x:1003:1003:Chang Shu-Fen,Trading,,:/home/changesf:/bin/bash
        hungcy:x:1004:1004:Hung Chia-Ying,IT,,:/home/hungcy:/bin/bash
        vendor01:x:1005:1005:Huang Chien-Kuo,Ruida SI,,:/home/vendor01:/bin/bash
        trader:x:1006:1006:Trading desk,,,:/home/trader:/bin/bash
        tsaiyt:x:1007:1007:Tsai Ya-Ting,Trading,,:/home/tsaiyt:/bin/bash
        kaoyc:x:1008:1008:Kao Yu-Chen,Trading,,:/home/kaoyc:/bin/bash
        """;
  }

  private static String shadow(Random random) {
    long installed = INSTALLED.toEpochDay();
    StringBuilder s = new StringBuilder();
    // PWD-DEFAULT {colo-gw-1, root}: a usable password while sshd_config says PermitRootLogin yes.
    s.append(user("root", hash(random), daysBefore(30), ""));
    // Locked system accounts with nologin (or sync) shells cannot log in at all: the account
    // controls skip or pass them. nobody (uid 65534) is above UID_MIN but cannot log in either.
    for (String name : new String[] {"daemon", "bin", "sys", "sync", "games", "man", "lp", "mail",
        "news", "proxy", "www-data", "backup", "_apt", "nobody"}) {
      s.append(name).append(":*:").append(installed).append(":0:99999:7:::\n");
    }
    s.append("systemd-network:!*:").append(installed).append("::::::\n");
    s.append("messagebus:!:").append(installed).append("::::::\n");
    s.append("sshd:!:").append(installed).append("::::::\n");
    s.append("chrony:!:").append(installed).append("::::::\n");
    // A system account (uid 996 < UID_MIN) with a login shell, logging in by key: skipped by
    // ACC-REQUEST, ACC-UNIQUE, ACC-DORMANT and PWD-AGE although its last change is three years old.
    s.append("fixgw:!:").append(installed).append("::::::\n");
    s.append(user("wangdm", hash(random), daysBefore(49), ""));
    s.append(user("chenyj", hash(random), daysBefore(53), ""));
    // PWD-AGE {colo-gw-1, linzh}: last changed 184 days before the as-of date. The waiver for it
    // expired on 2026-10-31, so the finding reopens. Named in the latest dormant review (clean).
    s.append(user("linzh", hash(random), daysBefore(184), ""));
    // Exactly 90 days old: equal to the limit, PWD-AGE passes. Named in the latest dormant review.
    s.append(user("changesf", hash(random), daysBefore(90), ""));
    // Key only (locked password, bash): PWD-AGE skips it although its last change is 354 days old;
    // it is named in the latest dormant review, so ACC-DORMANT is clean.
    s.append(user("hungcy", "!", LocalDate.of(2025, 12, 1).toEpochDay(), ""));
    // ACC-PRIV-VENDOR {colo-gw-1, vendor01}: see group (sudo) and sudoers (%sudo ALL).
    s.append(user("vendor01", hash(random), daysBefore(36), ""));
    // ACC-UNIQUE {colo-gw-1, trader}: a shared desk account that no person holds.
    s.append(user("trader", hash(random), daysBefore(30), ""));
    // Last change 0 (chage -d 0 after the 2026-10-31 review, which names it): must change at next
    // login, so PWD-AGE passes.
    s.append(user("tsaiyt", hash(random), 0, ""));
    // Expired on 2026-04-30 (shadow field 8): disabled, so every control skips it.
    s.append(user("kaoyc", hash(random), LocalDate.of(2025, 10, 1).toEpochDay(),
        String.valueOf(LocalDate.of(2026, 4, 30).toEpochDay())));
    return s.toString();
  }

  private static String user(String name, String hash, long lastChange, String expire) {
    return name + ":" + hash + ":" + lastChange + ":0:99999:7::" + expire + ":\n";
  }

  private static long daysBefore(int days) {
    return AS_OF.minusDays(days).toEpochDay();
  }

  /** A yescrypt hash in the shape Debian writes: {@code $y$j9T$<salt>$<hash>}. */
  private static String hash(Random random) {
    return "$y$j9T$" + chars(random, 22) + "$" + chars(random, 43);
  }

  private static String chars(Random random, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) b.append(CRYPT_ALPHABET.charAt(random.nextInt(CRYPT_ALPHABET.length())));
    return b.toString();
  }

  // ACC-PRIV-VENDOR {colo-gw-1, vendor01}: vendor01 is in sudo, which sudoers grants ALL.
  // fixops only restarts the gateway: not full rights.
  private static String group() {
    return """
        root:x:0:
        daemon:x:1:
        bin:x:2:
        sys:x:3:
        adm:x:4:wangdm
        tty:x:5:
        disk:x:6:
        lp:x:7:
        mail:x:8:
        news:x:9:
        proxy:x:13:
        www-data:x:33:
        backup:x:34:
        sudo:x:27:wangdm,vendor01
        audio:x:29:
        staff:x:50:
        games:x:60:
        users:x:100:
        nogroup:x:65534:
        systemd-network:x:998:
        messagebus:x:107:
        chrony:x:108:
        fixgw:x:996:
        fixops:x:1100:chenyj,hungcy
        wangdm:x:1000:
        chenyj:x:1001:
        linzh:x:1002:
        changesf:x:1003:
        hungcy:x:1004:
        vendor01:x:1005:
        trader:x:1006:
        tsaiyt:x:1007:
        kaoyc:x:1008:
        """;
  }

  private static String sudoers() {
    return """
        #
        # This file MUST be edited with the 'visudo' command as root.
        #
        # Please consider adding local content in /etc/sudoers.d/ instead of
        # directly modifying this file.
        #
        # See the man page for details on how to write a sudoers file.
        #
        Defaults\tenv_reset
        Defaults\tmail_badpass
        Defaults\tsecure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        Defaults\tuse_pty
        Defaults\tlogfile="/var/log/sudo.log"

        # Host alias specification

        # User alias specification

        # Cmnd alias specification
        Cmnd_Alias\tFIXGW = /usr/bin/systemctl restart fix-gateway, /usr/bin/systemctl status fix-gateway

        # User privilege specification
        root\tALL=(ALL:ALL) ALL

        # Allow members of group sudo to execute any command
        %sudo\tALL=(ALL:ALL) ALL

        # FIX gateway operators may restart the gateway only
        %fixops\tALL=(root) NOPASSWD: FIXGW

        # See sudoers(5) for more information on "@include" directives:

        @includedir /etc/sudoers.d
        """;
  }

  // PWD-POLICY {colo-gw-1, max_age_days}: PASS_MAX_DAYS 99999 (never expires) against 90.
  // PASS_MIN_LEN 5 is below 6, but pwquality's minlen 12 wins: no min_length finding.
  private static String loginDefs() {
    return """
        #
        # /etc/login.defs - Configuration control definitions for the login package.
        #
        # Three items must be defined:  MAIL_DIR, ENV_SUPATH, and ENV_PATH.
        # If unspecified, some arbitrary (and possibly incorrect) value will
        # be assumed.  All other items are optional - if not specified then
        # the described action or option will be inhibited.
        #
        # Comment lines (lines beginning with "#") and blank lines are ignored.
        #
        MAIL_DIR        /var/mail
        FAILLOG_ENAB\t\tyes
        LOG_UNKFAIL_ENAB\tno
        LOG_OK_LOGINS\t\tno
        SYSLOG_SU_ENAB\t\tyes
        SYSLOG_SG_ENAB\t\tyes
        FTMP_FILE\t/var/log/btmp
        SU_NAME\t\tsu
        HUSHLOGIN_FILE\t.hushlogin
        ENV_SUPATH\tPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        ENV_PATH\tPATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games
        TTYGROUP\ttty
        TTYPERM\t\t0600
        ERASECHAR\t0177
        KILLCHAR\t025
        UMASK\t\t022
        #
        # Password aging controls:
        #
        #\tPASS_MAX_DAYS\tMaximum number of days a password may be used.
        #\tPASS_MIN_DAYS\tMinimum number of days allowed between password changes.
        #\tPASS_WARN_AGE\tNumber of days warning given before a password expires.
        #
        PASS_MAX_DAYS\t99999
        PASS_MIN_DAYS\t0
        PASS_WARN_AGE\t7
        #
        # Min/max values for automatic uid selection in useradd
        #
        UID_MIN\t\t\t 1000
        UID_MAX\t\t\t60000
        # System accounts
        #SYS_UID_MIN\t\t  100
        #SYS_UID_MAX\t\t  999
        GID_MIN\t\t\t 1000
        GID_MAX\t\t\t60000
        #
        # Number of significant characters in the password for crypt().
        # pam_pwquality (/etc/security/pwquality.conf) sets the effective minimum.
        #
        PASS_MIN_LEN\t5
        LOGIN_RETRIES\t\t5
        LOGIN_TIMEOUT\t\t60
        CHFN_RESTRICT\t\trwh
        DEFAULT_HOME\tyes
        USERGROUPS_ENAB yes
        ENCRYPT_METHOD YESCRYPT
        """;
  }

  // minlen 12 and minclass 3 (two negative credits): min_length and min_classes pass.
  private static String pwquality() {
    return """
        # Configuration for systemwide password quality limits
        # Defaults:
        #
        # Number of characters in the new password that must not be present in the
        # old password.
        # difok = 1
        #
        # Minimum acceptable size for the new password (plus one if
        # credits are not disabled which is the default). (See pam_cracklib manual.)
        # Cannot be set to lower value than 6.
        minlen = 12
        #
        # The maximum credit for having digits in the new password. If less than 0
        # it is the minimum number of digits in the new password.
        dcredit = -1
        #
        # The maximum credit for having uppercase characters in the new password.
        # If less than 0 it is the minimum number of uppercase characters in the new
        # password.
        ucredit = -1
        #
        # The maximum credit for having lowercase characters in the new password.
        # lcredit = 0
        #
        # The maximum credit for having other characters in the new password.
        # ocredit = 0
        #
        # The minimum number of required classes of characters for the new
        # password (digits, uppercase, lowercase, others).
        minclass = 3
        #
        # The maximum number of allowed consecutive same characters in the new password.
        maxrepeat = 3
        #
        # Whether to check for the words from the passwd entry GECOS string of the user.
        gecoscheck = 1
        #
        # Prompt user at most N times before returning with error. The default is 1.
        retry = 3
        """;
  }

  // PermitRootLogin yes: root is not barred from direct login, so PWD-DEFAULT {colo-gw-1, root}.
  private static String sshdConfig() {
    return """
        
        # This is the sshd server system-wide configuration file.  See
        # sshd_config(5) for more information.

        # This sshd was compiled with PATH=/usr/local/bin:/usr/bin:/bin:/usr/games

        #Port 22
        #AddressFamily any
        ListenAddress 10.20.1.11

        #HostKey /etc/ssh/ssh_host_rsa_key
        #HostKey /etc/ssh/ssh_host_ecdsa_key
        #HostKey /etc/ssh/ssh_host_ed25519_key

        # Logging
        SyslogFacility AUTH
        LogLevel INFO

        # Authentication:

        #LoginGraceTime 2m
        PermitRootLogin yes
        #StrictModes yes
        MaxAuthTries 4
        #MaxSessions 10

        PubkeyAuthentication yes

        # To disable tunneled clear text passwords, change to no here!
        PasswordAuthentication yes
        #PermitEmptyPasswords no

        # Change to yes to enable challenge-response passwords (beware issues with
        # some PAM modules and threads)
        KbdInteractiveAuthentication no

        UsePAM yes

        X11Forwarding no
        PrintMotd no

        # Allow client to pass locale environment variables
        AcceptEnv LANG LC_*

        # override default of no subsystems
        Subsystem\tsftp\t/usr/lib/openssh/sftp-server
        """;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
