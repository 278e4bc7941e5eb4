# The step library's own scenarios, run against the sandbox by steps/library.test.ts (not part of features/).
Feature: step library

  Scenario: generic grammar, channels, menu paths and sessions
    # Step 1
    Given Login as "user-1"
    When Switch to the Off-Topic channel
    Then The Off-Topic channel is displayed
    When Type “hello from the library” in the message box
    And Press ENTER
    Then Message "hello from the library" displays in center
    When Go to Account Settings > Notifications
    And Click "Edit" to the right of "Desktop Notifications"
    Then Verify “Send desktop notifications” is displayed
    When Click **Cancel**.
    And Press ESC
    Then Modal closes
    When Switch to User B
    And Post "hi from B"
    Then Message "hi from B" displays in center
    When Switch to the original session
    And Log out
    Then You are logged out and the login screen displays

  Scenario: a mention raises a desktop notification unless they are set to Never
    # Step 1
    Given Login to a server using a browser
    When From Account Settings, set your desktop notifications to For all activity
    And Have another user post an at-mention
    Then A desktop notification is sent (may take up to 10 seconds)
    When From Account Settings, set your desktop notifications to Never
    And Have another user post an at-mention
    Then Desktop Notifications are never fired.
    When From Account Settings, set your desktop notifications to Only for mentions
